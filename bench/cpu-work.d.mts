export function workRound(): number;
export function roundsFor(microseconds: number): number;
