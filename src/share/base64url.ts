/** base64url without padding (RFC 4648 §5), for URL fragments. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes -> base64url text (no `=` padding). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url text -> bytes; throws an Error naming the first character that does not belong. */
export function fromBase64Url(text: string): Uint8Array {
  for (let i = 0; i < text.length; i++) {
    if (!ALPHABET.includes(text[i] as string))
      throw new Error(`character '${text[i]}' at position ${i + 1} is not base64url`);
  }
  if (text.length % 4 === 1)
    throw new Error('its length cannot be base64url (one character too many or too few)');
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}
