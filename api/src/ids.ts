const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for the shape of our ids (UUIDs). Checked before querying, so a malformed id from a
 * client is simply "not found" instead of a database cast error.
 */
export const isUuid = (value: string) => UUID.test(value);
