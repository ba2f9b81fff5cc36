/** Placeholder. */
export default function HandshakePanel() {
  return <p>HandshakePanel</p>;
}
