/** The checks a TLS receiver makes on each message, as the app names them (src/i18n/engine.ts). */

/** What a receiver checked: a code the app names in the reader's language (src/i18n/checks.ts). */
export type CheckCode =
  | 'tls13Offered'
  | 'commonSuite'
  | 'keyShare'
  | 'schemeAccepted'
  | 'keySharePoint'
  | 'tls13Selected'
  | 'suiteOffered'
  | 'sessionId'
  | 'keyShareGroup'
  | 'handshakeKeys'
  | 'recordOpens'
  | 'extensions'
  | 'certRequested'
  | 'context'
  | 'chain'
  | 'clientCert'
  | 'schemeOffered'
  | 'signature'
  | 'finished'
  | 'appRecord';

/** The words of a check's detail, as a code and the values it names. */
export type CheckNoteCode =
  | 'noneInCommon'
  | 'present'
  | 'absent'
  | 'imported'
  | 'tagVerified'
  | 'tagFailed'
  | 'noExtensions'
  | 'extensionsIgnored'
  | 'willSendSvid'
  | 'willSendEmpty'
  | 'trusted'
  | 'rejected'
  | 'emptyRequired'
  | 'emptyAllowed'
  | 'signatureValid'
  | 'signatureInvalid'
  | 'keyUnusable'
  | 'schemeKeyMismatch'
  | 'unsupportedScheme'
  | 'transcriptHash'
  | 'expected'
  | 'decryptedRecord';

export interface CheckNote {
  code: CheckNoteCode;
  params?: Record<string, string | number>;
}

/** One check a receiver made on a message. */
export interface MessageCheck {
  code: CheckCode;
  /** The side a check names ("server chain validated"), when it names one. */
  side?: 'client' | 'server';
  /** The check and its detail in English, as the CLI prints them. */
  name: string;
  ok: boolean;
  detail: string;
  /** The detail's words, when it has any; without them the detail is a value (hex, a suite). */
  notes?: CheckNote[];
}
