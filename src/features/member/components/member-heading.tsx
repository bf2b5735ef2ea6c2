/** The member's name and id; the id shows even while loading and on errors. */
export function MemberHeading({ name, userId }: { name: string; userId: string }) {
  return (
    <div className="min-w-0">
      <h1 className="text-2xl font-semibold tracking-tight break-words sm:text-3xl">{name}</h1>
      <p className="mt-1 text-sm text-fg-muted tabular-nums">{`Member ID ${userId}`}</p>
    </div>
  );
}
