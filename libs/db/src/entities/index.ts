import { Branch } from './branch.entity';
import { Company } from './company.entity';
import { Job } from './job.entity';

export { Branch } from './branch.entity';
export { Company } from './company.entity';
export * from './job.entity';

/** Every entity, listed explicitly so compiled and test builds load the same set. */
export const ENTITIES: Array<new () => object> = [Branch, Company, Job];
