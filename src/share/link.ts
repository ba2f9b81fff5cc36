import { fromBase64Url, toBase64Url } from './base64url';
import { deflateRaw, inflateRaw } from './compress';
import { readSharedState, type SharedState, ShareError } from './state';

/** The format this version writes and reads: `#s=1.<base64url of deflate-raw JSON>`. */
export const SHARE_FORMAT = 1;
const PARAM = 's';

/** Encodes the sandbox into a URL fragment (starting with `#`). */
export async function encodeShare(state: SharedState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return `#${PARAM}=${SHARE_FORMAT}.${toBase64Url(await deflateRaw(json))}`;
}

/** Whether a fragment carries a shared sandbox (so the app should try to open it). */
export function isShareLink(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has(PARAM);
}

/**
 * Decodes a fragment made by `encodeShare`. Throws ShareError with a sentence a person can act
 * on: no sandbox in the link, a newer format, a cut or altered link, or a field that is wrong.
 */
export async function decodeShare(hash: string): Promise<SharedState> {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(PARAM);
  if (value === null)
    throw new ShareError('the link holds no sandbox (expected #s=… after the address)');
  const dot = value.indexOf('.');
  const version = dot > 0 ? value.slice(0, dot) : '';
  if (!/^\d+$/.test(version))
    throw new ShareError('the link is not a svid-lab sandbox link (it should start with #s=1.)');
  if (Number(version) !== SHARE_FORMAT)
    throw new ShareError(
      `the link was made by a newer svid-lab (format ${version}); this one reads format ${SHARE_FORMAT}`,
    );
  const body = value.slice(dot + 1);
  if (body === '') throw new ShareError('the link is cut short: it has no data after #s=1.');
  let packed: Uint8Array;
  try {
    packed = fromBase64Url(body);
  } catch (error) {
    throw new ShareError(
      `the link is damaged: ${(error as Error).message} (was it cut or changed?)`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await inflateRaw(packed));
  } catch (error) {
    const why = (error as Error).message.startsWith('it unpacks')
      ? `: ${(error as Error).message}`
      : '';
    throw new ShareError(`the link is damaged or cut short: its data does not unpack${why}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ShareError('the link is damaged: its data is not the JSON svid-lab writes');
  }
  try {
    return readSharedState(data);
  } catch (error) {
    if (error instanceof ShareError)
      throw new ShareError(`the link holds a sandbox svid-lab cannot read: ${error.message}`);
    throw error;
  }
}
