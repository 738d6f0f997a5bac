import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'gofar:public';

/** Marks a route that needs no token; a token, if sent, still identifies the caller. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
