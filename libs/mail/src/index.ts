// E-mail templates and rendering arrive with the worker issue; the library
// exists now so the dependency rules already cover it.
export {};
