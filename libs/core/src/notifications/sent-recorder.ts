/** One accepted message to mark `sent`. */
export interface SentRow {
  notificationId: string;
  address: string;
}

/**
 * Marks accepted messages `sent` in small groups: one statement for up to `groupSize` rows,
 * written at most `delayMs` after the first of them. Each caller waits until its own row is
 * written, so a send that holds its place until then (the Mailer's limit) keeps what a crash
 * can leave accepted-but-unrecorded to the sends in flight.
 */
export class SentRecorder {
  private pending: { row: SentRow; written: () => void; failed: (error: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: (rows: SentRow[]) => Promise<unknown>,
    private readonly groupSize = 25,
    private readonly delayMs = 3,
  ) {}

  record(row: SentRow): Promise<void> {
    return new Promise<void>((written, failed) => {
      this.pending.push({ row, written, failed });
      if (this.pending.length >= this.groupSize) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.delayMs);
    });
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const group = this.pending;
    this.pending = [];
    if (!group.length) return;
    this.write(group.map((entry) => entry.row)).then(
      () => group.forEach((entry) => entry.written()),
      (error: unknown) => group.forEach((entry) => entry.failed(error)),
    );
  }
}
