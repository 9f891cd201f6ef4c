/** What a claim ID may be: the loader checks `claim-id` with it before any request, the validator a document's `id`. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
