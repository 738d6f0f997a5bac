/**
 * At most `size` sends at once in this process, whoever asks: what a crash can leave in
 * flight (and so send twice) is bounded by it, however the sends are batched.
 */
export class SendLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((start) => this.waiting.push(start));
    else this.active += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
