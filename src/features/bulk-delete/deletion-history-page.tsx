export function DeletionHistoryPage() {
  return <p>Deletion history</p>;
}
