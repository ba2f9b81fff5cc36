/** Placeholder. */
export default function Explorer() {
  return <p>Explorer</p>;
}
