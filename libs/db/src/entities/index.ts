/** Every entity, listed explicitly so compiled and test builds load the same set. */
export const ENTITIES: Array<new () => object> = [];
