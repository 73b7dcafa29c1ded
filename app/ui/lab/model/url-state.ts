// The lab's state in a link: one entry point for the page, the MDX component and the share buttons.
export { PARAM } from './url/params';
export { decodeLabConfig, decodeRecord, decodeSearchParams } from './url/decode';
export { encodeLabConfig } from './url/encode';
