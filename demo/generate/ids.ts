/**
 * Deterministic ids per member: each generated member owns a slot (its userId minus 900000000), so
 * adding a member never renumbers another's groups, rules or periods. Ranges fit the large member
 * (60 groups × 24 cycles).
 */
export type Ids = {
  group(): number;
  rule(): number;
  period(): number;
  target(): number;
  milestone(): number;
  streak(): number;
  userStreak(): number;
};

export function createIds(slot: number): Ids {
  const counter = (base: number, width: number) => {
    let n = 0;
    return () => base + slot * width + n++;
  };
  return {
    group: counter(10_000, 100),
    rule: counter(20_000, 1_000),
    period: counter(300_000, 10_000),
    target: counter(5_000_000, 100_000),
    milestone: counter(40_000, 1_000),
    streak: counter(600, 20),
    userStreak: counter(9_000, 20),
  };
}
