import { SendLimit } from './send-limit.js';

describe('SendLimit', () => {
  it('never runs more than its size at once, and runs everything', async () => {
    const limit = new SendLimit(3);
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        limit.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await new Promise((wait) => setTimeout(wait, 1 + (index % 4)));
          running -= 1;
          done.push(index);
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index));
  });

  it('frees its place when the work fails', async () => {
    const limit = new SendLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await expect(limit.run(() => Promise.resolve('sent'))).resolves.toBe('sent');
  });
});
