export { fromIatiXml } from './read.js';
export type { FromIatiXmlOptions, IatiImport } from './read.js';
export { toIatiXml } from './write.js';
export type { IatiOrganisation, ToIatiXmlOptions } from './write.js';
