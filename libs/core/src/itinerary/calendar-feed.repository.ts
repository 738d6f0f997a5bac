import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CalendarFeed } from './calendar-feed.entity.js';

/** The SQL of personal calendar feeds (one per person and event, found by its token's hash). */
@Injectable()
export class CalendarFeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The person's feed's salt, the feed made now with `salt` and `tokenHash` if they had none, in
   * one round trip (the update keeps the salt, so a feed made by a concurrent request wins).
   */
  async saltOrCreate(
    userId: string,
    eventId: string,
    salt: string,
    tokenHash: string,
  ): Promise<string> {
    const [feed]: { salt: string }[] = await this.dataSource.query(
      `INSERT INTO calendar_feeds (user_id, event_id, salt, token_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT calendar_feeds_one_per_person_and_event
       DO UPDATE SET salt = calendar_feeds.salt
       RETURNING salt`,
      [userId, eventId, salt, tokenHash],
    );
    return feed!.salt;
  }

  async updateSalt(userId: string, eventId: string, salt: string, tokenHash: string) {
    await this.dataSource.manager.update(CalendarFeed, { userId, eventId }, { salt, tokenHash });
  }

  findByTokenHash(tokenHash: string): Promise<CalendarFeed | null> {
    return this.dataSource.manager.findOneBy(CalendarFeed, { tokenHash });
  }
}
