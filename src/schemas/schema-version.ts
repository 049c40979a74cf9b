// The version of the stored and exported project format, apart from the schemas so that
// the first screen can write it without loading zod. 2: the partnership record after
// signing (`record`), issue 13.
export const PROJECT_SCHEMA_VERSION = 2;
