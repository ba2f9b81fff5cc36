/**
 * The simulated network between the two sidecars: records each message for the UI, lets an
 * attacker (`tamper`) touch it, then protects it with the sender's keys and opens it with
 * the receiver's. The two sides share nothing but what crosses here.
 */
import { toHex } from '../hex';
import { TlsAlert } from './alerts';
import { CONTENT_TYPE, openRecord, RecordError, type RecordKeys, sealRecord } from './record';
import type { HandshakeMessage, MessageType } from './types';
import { bytesEqual, shortHex } from './wire';

type Fields = HandshakeMessage['fields'];

/** The handshake's message log and delivery. */
export class WireLog {
  readonly messages: HandshakeMessage[] = [];
  constructor(
    private readonly tamper?: (message: HandshakeMessage) => void,
    private nextIndex = 0,
  ) {}

  /** Index the next message will get. */
  get count(): number {
    return this.nextIndex;
  }

  /**
   * Sends one handshake message: record it, let `tamper` at it, encrypt it when the sender
   * has write keys, and decrypt with the receiver's read keys (bad_record_mac on failure,
   * RFC 8446 §5.2). Returns the bytes the receiver got and the recorded message.
   */
  async deliver(
    from: 'client' | 'server',
    type: MessageType,
    built: Uint8Array,
    fields: Fields,
    keys?: { write: RecordKeys; read: RecordKeys },
  ): Promise<{ received: Uint8Array; message: HandshakeMessage; altered: boolean }> {
    const message: HandshakeMessage = {
      index: this.nextIndex++,
      from,
      type,
      fields,
      encrypted: keys !== undefined,
      checks: [],
      wire: new Uint8Array(built),
    };
    this.messages.push(message);
    this.tamper?.(message);
    const sent = message.wire ?? built;
    const altered = !bytesEqual(sent, built);
    if (altered) message.fields.tampered_in_transit = true;
    message.bytes = toHex(sent);
    if (!keys) return { received: sent, message, altered };
    const sealed = await sealRecord(keys.write, CONTENT_TYPE.handshake, sent);
    message.fields.record_seq = Number(sealed.seq);
    message.fields.record_nonce = toHex(sealed.nonce);
    message.fields.record_ciphertext = shortHex(sealed.record.subarray(5));
    try {
      const opened = await openRecord(keys.read, sealed.record);
      return { received: opened.content, message, altered };
    } catch (e) {
      if (e instanceof RecordError) {
        const reason = `The ${type} record did not decrypt: AES-GCM's tag does not verify under the receiver's handshake key, so both sides did not derive the same keys.`;
        message.checks.push({
          code: 'recordOpens',
          name: 'AES-GCM record opens',
          ok: false,
          detail: e.message,
          notes: [{ code: 'tagFailed' }],
        });
        throw new TlsAlert('bad_record_mac', 'record-decrypt-failed', reason);
      }
      throw e;
    }
  }

  /** Records an application-data message that was already sealed/opened by the caller. */
  record(message: Omit<HandshakeMessage, 'index'>): HandshakeMessage {
    const m = { index: this.nextIndex++, ...message };
    this.messages.push(m);
    return m;
  }
}
