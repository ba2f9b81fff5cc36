/** Placeholder. */
export default function PolicyPanel() {
  return <p>PolicyPanel</p>;
}
