/**
 * The active step is the last one whose top has passed the trigger line, so it depends on the
 * scroll position alone, never on which scroll events fired before: a fast scroll, an anchor
 * jump and a reload all land on the same step. -1 while the reader is above the first step.
 *
 * @example activeStepIndex([0, 800, 1600].map(t => t - scrollY), innerHeight * 0.5)
 */
export function activeStepIndex(stepTops: number[], triggerY: number): number {
  let active = -1;
  stepTops.forEach((top, i) => {
    if (top <= triggerY) active = i;
  });
  return active;
}
