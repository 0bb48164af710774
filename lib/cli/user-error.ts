/** An error in what the user asked for (bad flag, unreadable file): printed as {"error": …}, exit status 2. */
export class UserError extends Error {
  override name = 'UserError';
}
