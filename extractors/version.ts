// Stored with every extraction: bump it whenever extractor output can change, so
// `dealdb reextract --all --below-version V` can find rows made by older logic.
export const EXTRACTOR_VERSION = '0.8.0';
