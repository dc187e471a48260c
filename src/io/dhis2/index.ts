export { DHIS2_DEFAULT_COMBO, dhis2MappingJsonSchema, Dhis2MappingSchema } from './mapping.js';
export type { Dhis2Mapping, Dhis2MappingInput } from './mapping.js';
export { fromDhis2 } from './read.js';
export type { FromDhis2Options } from './read.js';
export { toDhis2 } from './write.js';
export type { Dhis2DataValue, Dhis2DataValueSet } from './types.js';
