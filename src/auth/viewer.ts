/**
 * Who is asking, worked out once per request from its API key (see service.ts). Reads are public,
 * so most requests are anonymous; only editors may change data.
 */
export type Viewer =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'reader'; readonly keyId: number; readonly keyName: string }
  | { readonly kind: 'editor'; readonly keyId: number; readonly keyName: string };

export type EditorViewer = Extract<Viewer, { kind: 'editor' }>;

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
