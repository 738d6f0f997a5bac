import { SentRecorder, type SentRow } from './sent-recorder.js';

describe('SentRecorder', () => {
  it('writes rows in groups and answers each caller once its row is written', async () => {
    const writes: SentRow[][] = [];
    const recorder = new SentRecorder(async (rows) => {
      writes.push(rows);
    }, 3);
    const rows = Array.from({ length: 7 }, (_, index) => ({
      notificationId: `n${index}`,
      address: `p${index}@gofar.test`,
    }));
    await Promise.all(rows.map((row) => recorder.record(row)));
    expect(writes.map((group) => group.length)).toEqual([3, 3, 1]);
    expect(writes.flat()).toEqual(rows);
  });

  it('fails every caller of a group whose write failed, and goes on with the next', async () => {
    let calls = 0;
    const recorder = new SentRecorder(async () => {
      calls += 1;
      if (calls === 1) throw new Error('connection lost');
    }, 2);
    const first = [
      recorder.record({ notificationId: 'a', address: 'a@gofar.test' }),
      recorder.record({ notificationId: 'b', address: 'b@gofar.test' }),
    ];
    await expect(Promise.all(first)).rejects.toThrow('connection lost');
    await expect(recorder.record({ notificationId: 'c', address: 'c@gofar.test' })).resolves.toBe(
      undefined,
    );
  });
});
