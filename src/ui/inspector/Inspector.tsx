/** Placeholder. */
export default function Inspector() {
  return <p>Inspector</p>;
}
