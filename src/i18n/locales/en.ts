// Placeholder until `lit-localize build` writes this file.
export const templates = {};
