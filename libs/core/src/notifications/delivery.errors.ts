/** The mail server refused the message for good (a 5xx reply): retrying cannot help. */
export class DeliveryRefusedError extends Error {
  constructor(readonly reply: string) {
    super(`The mail server refused the message: ${reply}`);
    this.name = 'DeliveryRefusedError';
  }
}
