import type { User } from '../accounts/index.js';

/** Who a notification goes to: all an email needs of the account. */
export type Recipient = Pick<User, 'id' | 'email' | 'fullName'>;
