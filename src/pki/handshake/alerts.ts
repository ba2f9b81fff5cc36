/**
 * TLS alerts (RFC 8446 §6.2): the names a learner sees when a handshake stops, and how a
 * certificate validator's code becomes one.
 */

/** The AlertDescription values this sandbox can send (RFC 8446 §6). */
export const ALERT_CODES = {
  unexpected_message: 10,
  bad_record_mac: 20,
  handshake_failure: 40,
  bad_certificate: 42,
  unsupported_certificate: 43,
  certificate_revoked: 44,
  certificate_expired: 45,
  certificate_unknown: 46,
  illegal_parameter: 47,
  unknown_ca: 48,
  decode_error: 50,
  decrypt_error: 51,
  protocol_version: 70,
  internal_error: 80,
  missing_extension: 109,
  certificate_required: 116,
} as const;

/** An RFC 8446 alert name. */
export type AlertName = keyof typeof ALERT_CODES;

/** A fatal condition one side detected; becomes HandshakeResult.failure. */
export class TlsAlert extends Error {
  override name = 'TlsAlert';
  constructor(
    readonly alert: AlertName,
    readonly code: string,
    readonly reason: string,
  ) {
    super(`${alert}: ${reason}`);
  }
}

/**
 * Maps a validator's failure code to the alert a TLS stack sends (RFC 8446 §6.2):
 * "certificate_expired: a certificate has expired or is not currently valid",
 * "unknown_ca: ... the CA certificate could not be located or could not be matched with a
 * known trust anchor", "certificate_revoked", "unsupported_certificate"; anything else about
 * a certificate that fails to verify is "bad_certificate". Codes are matched by their words,
 * so `expired`, `CERT_EXPIRED` and `not_yet_valid` all land on certificate_expired.
 */
export function alertForCertificateCode(code: string): AlertName {
  const c = code.toLowerCase();
  if (/expired|not[-_ ]?yet[-_ ]?valid|validity/.test(c)) return 'certificate_expired';
  if (/revoked/.test(c)) return 'certificate_revoked';
  if (
    /unknown[-_ ]?(ca|authority|issuer)|untrusted|no[-_ ]?(trust|anchor|bundle|issuer)|anchor|foreign|trust[-_ ]?domain/.test(
      c,
    )
  ) {
    return 'unknown_ca';
  }
  if (/unsupported|algorithm/.test(c)) return 'unsupported_certificate';
  return 'bad_certificate';
}
