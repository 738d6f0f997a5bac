import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorKind } from '#core/common/index.js';
import { describeError } from '#db/log-safe-error.js';
import type { ErrorBodyDto } from './error-body.dto.js';

/** The stack (its values masked too) is logged only when debugging. */
const DEBUGGING = process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace';

const STATUS_OF_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule: 422,
  rate_limited: 429,
};

const CODE_OF_STATUS: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
};

/** Messages for statuses Fastify and Node answer themselves, which would otherwise echo input. */
const MESSAGE_OF_STATUS: Record<number, string> = {
  413: 'The request body is too large',
  414: 'The request path is too long',
  415: 'The body must be JSON (Content-Type: application/json)',
  431: 'The request headers or query string are too large',
};

/** The contract's error body for a status the server answers without any route: 414, 431. */
export function errorBodyOfStatus(statusCode: number): ErrorBodyDto {
  return {
    statusCode,
    code: CODE_OF_STATUS[statusCode] ?? 'BAD_REQUEST',
    message: MESSAGE_OF_STATUS[statusCode] ?? 'The request could not be read',
  };
}

/**
 * Maps every failure to the contract's error shape. Domain errors and HTTP errors keep their
 * meaning; anything else is a plain 500 whose cause goes to the log with the request id, never
 * to the client.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    this.reply(
      exception,
      host.switchToHttp().getRequest<FastifyRequest>(),
      host.switchToHttp().getResponse<FastifyReply>(),
    );
  }

  /** Nest routes Fastify's own failures (body parsing, limits) through catch() as well. */
  reply(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const body = this.toBody(exception, request);
    void reply
      .status(body.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send(body);
  }

  private toBody(exception: unknown, request: FastifyRequest): ErrorBodyDto {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF_KIND[exception.kind];
      return {
        statusCode,
        code: exception.code,
        message: exception.message,
        ...(exception.details ? { details: exception.details } : {}),
      };
    }
    const status = this.clientErrorStatus(exception);
    if (status !== null) {
      if (MESSAGE_OF_STATUS[status]) return errorBodyOfStatus(status);
      const message = exception instanceof Error ? exception.message : 'Bad request';
      return {
        statusCode: status,
        code: CODE_OF_STATUS[status] ?? 'BAD_REQUEST',
        message: readable(message, status),
      };
    }
    this.logger.error(
      {
        // Type, code and masked message: never the error object, which holds a query's values.
        error: describeError(exception, DEBUGGING),
        requestId: request.id,
        route: request.routeOptions?.url,
      },
      'Unhandled error',
    );
    return {
      statusCode: 500,
      code: 'INTERNAL_ERROR',
      message: `Internal server error (request ${String(request.id)})`,
    };
  }

  /** The status of an error the client caused (Nest's HttpException or Fastify's own 4xx), else null. */
  private clientErrorStatus(exception: unknown): number | null {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return status < 500 ? status : null;
    }
    const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
    return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500
      ? statusCode
      : null;
  }
}

function readable(message: string, status: number): string {
  if (status === HttpStatus.NOT_FOUND && message.startsWith('Cannot '))
    return `No route ${message.slice('Cannot '.length)}`;
  return message;
}
