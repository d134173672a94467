/** An error a client caused, with the HTTP status to answer and, for forms, the field at fault. */

export class RequestProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly options: {
      field?: string;
      retryAfterSeconds?: number;
      code?: string;
      /** Sent as WWW-Authenticate with a 401, naming the credentials the route expects. */
      challenge?: string;
    } = {},
  ) {
    super(message);
    this.name = 'RequestProblem';
  }
}
