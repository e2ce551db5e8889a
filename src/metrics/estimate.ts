/**
 * A metric's value with its interval: what every interval method returns and every gate reads.
 * Defined estimates satisfy `lower <= point <= upper`; a metric over no items has `point` NaN.
 */
export interface Estimate {
  readonly point: number;
  readonly lower: number;
  readonly upper: number;
}
