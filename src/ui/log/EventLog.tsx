/** Placeholder. */
export default function EventLog() {
  return <p>EventLog</p>;
}
