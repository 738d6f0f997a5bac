/** One problem with one field, as the API reports it in `details`. */
export interface FieldProblem {
  field: string;
  constraint?: string;
  message: string;
}

/** The API's error body, turned into an Error the pages can show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  statusCode?: number;
  code?: string;
  message?: string;
  details?: FieldProblem[];
}

/**
 * The data of an openapi-fetch answer, or an ApiError in the contract's shape. A network
 * failure or an answer that is not the API's (a proxy's HTML page) becomes a generic error:
 * pages never show raw bodies.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const body = (result.error ?? {}) as ErrorBody;
  throw new ApiError(
    result.response.status,
    typeof body.code === 'string' ? body.code : 'UNKNOWN',
    typeof body.message === 'string' ? body.message : '',
    Array.isArray(body.details) ? body.details : [],
  );
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
