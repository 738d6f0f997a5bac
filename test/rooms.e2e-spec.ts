import {
  loginAdmin,
  newEvent,
  newOrganization,
  type Account,
  type OrganizationFixture,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { insertTravelRecord } from './support/travel-records.js';

interface OccupantBody {
  registrationId: string;
  fullName: string;
  nationality: string;
  roomSharing: string;
  minor: boolean;
}
interface RoomBody {
  id: string;
  label: string;
  beds: number;
  occupants: OccupantBody[];
}

/**
 * Who comes to the Seoul hotel (check-in 2027-07-11, the day before the programme starts):
 * four women, three men, a girl who turns 18 on the programme's first day (a minor on
 * check-in), someone who answered `other` and a woman who asked for a single room.
 */
const PEOPLE = [
  { key: 'fa1', name: 'Nguyễn Thị Ánh', nationality: 'VN', gender: 'female', born: '2001-03-02' },
  { key: 'fa2', name: 'Trần Thu Hà', nationality: 'VN', gender: 'female', born: '2002-05-17' },
  { key: 'fa3', name: '김민지', nationality: 'KR', gender: 'female', born: '2000-11-30' },
  {
    key: 'fa4',
    name: 'Siriporn Chaiyaporn',
    nationality: 'TH',
    gender: 'female',
    born: '2001-01-09',
  },
  { key: 'ma1', name: 'Lê Văn Minh', nationality: 'VN', gender: 'male', born: '2000-06-06' },
  { key: 'ma2', name: '이준호', nationality: 'KR', gender: 'male', born: '1999-08-21' },
  { key: 'ma3', name: 'Ahmad Faiz', nationality: 'MY', gender: 'male', born: '2001-12-12' },
  { key: 'fm1', name: 'Putri Lestari', nationality: 'ID', gender: 'female', born: '2009-07-12' },
  { key: 'so1', name: 'Alex Tan', nationality: 'SG', gender: 'other', born: '2000-02-02' },
  { key: 'fs1', name: 'Maria Santos', nationality: 'PH', gender: 'female', born: '2000-04-04' },
] as const;
type Key = (typeof PEOPLE)[number]['key'];

describe('accommodation and rooms', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let centre: OrganizationFixture;
  let eventId: string;
  let hotelId: string;
  let dormId: string;
  const account = new Map<Key, Account>();
  const registration = new Map<Key, string>();
  const keyOf = new Map<string, Key>();
  const roomIds: string[] = [];

  const organizer = () => ({ token: centre.organizer.token });
  const post = (path: string, body: unknown = {}, token = centre.organizer.token) =>
    stack.client.post(`/api/v1${path}`, body, { token });
  const hotelRooms = async (): Promise<RoomBody[]> => {
    const list = await stack.client.get(`/api/v1/events/${eventId}/accommodations`, organizer());
    expect(list.status).toBe(200);
    return list.body.items.find((item: { id: string }) => item.id === hotelId).rooms;
  };
  const roomOf = (rooms: RoomBody[], key: Key) =>
    rooms.find((room) => room.occupants.some((o) => o.registrationId === registration.get(key)));
  const occupantRows = () =>
    stack.query<{ registration_id: string; room_id: string }>(
      'SELECT registration_id, room_id FROM room_occupants WHERE accommodation_id = $1 ORDER BY registration_id',
      [hotelId],
    );

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await Stack.start(sink.url);
    centre = await newOrganization(stack.client, await loginAdmin(stack.client));
    eventId = (
      await newEvent(stack.client, centre.organizer, centre.id, {
        capacity: 30,
        countryQuotas: {},
      })
    ).id;
    await post(`/events/${eventId}/staff`, { email: centre.staff.email });
    await post(`/events/${eventId}/publish`, undefined);
    const users = await fastUsers(
      stack.env.DATABASE_URL!,
      PEOPLE.length,
      'rooms',
      PEOPLE.map((person) => person.name),
    );
    for (const [index, person] of PEOPLE.entries()) {
      const user = users[index]!;
      account.set(person.key, user);
      const response = await stack.client.post(
        `/api/v1/events/${eventId}/registrations`,
        registrationBody({
          nationality: person.nationality,
          gender: person.gender,
          dateOfBirth: person.born,
        }),
        { token: user.token },
      );
      expect(response.body.status).toBe('confirmed');
      registration.set(person.key, response.body.id);
      keyOf.set(response.body.id, person.key);
    }
    // A single room asked for, and the name the hotel checks at the desk.
    await insertTravelRecord(stack, {
      registrationId: registration.get('fs1')!,
      eventId,
      roomSharing: 'single',
      fullNameAsInPassport: 'SANTOS MARIA CLARA',
      passportNumber: 'P7734021X',
    });
    await insertTravelRecord(stack, {
      registrationId: registration.get('fa1')!,
      eventId,
      fullNameAsInPassport: 'NGUYEN THI ANH',
      passportNumber: 'C4488123',
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await sink?.stop();
  });

  it('creates a hotel and a dormitory with rooms, refusing stay dates backwards and a label twice', async () => {
    const backwards = await post(`/events/${eventId}/accommodations`, {
      name: 'Hotel Skypark',
      city: 'Seoul',
      timezone: 'Asia/Seoul',
      checkInOn: '2027-07-16',
      checkOutOn: '2027-07-11',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('VALIDATION_FAILED');

    const hotel = await post(`/events/${eventId}/accommodations`, {
      name: 'Hotel Skypark Myeongdong',
      city: 'Seoul',
      address: '12 Myeongdong-gil, Jung-gu',
      timezone: 'asia/seoul',
      checkInOn: '2027-07-11',
      checkOutOn: '2027-07-16',
    });
    expect(hotel.status).toBe(201);
    expect(hotel.body).toMatchObject({
      name: 'Hotel Skypark Myeongdong',
      timezone: 'Asia/Seoul',
      nights: 5,
      rooms: [],
    });
    hotelId = hotel.body.id;
    const dorm = await post(`/events/${eventId}/accommodations`, {
      name: 'VNU Dormitory B2',
      city: 'Hanoi',
      timezone: 'Asia/Ho_Chi_Minh',
      checkInOn: '2027-07-17',
      checkOutOn: '2027-07-20',
    });
    expect(dorm.status).toBe(201);
    dormId = dorm.body.id;

    for (let index = 1; index <= 6; index += 1) {
      const room = await post(`/accommodations/${hotelId}/rooms`, { label: `10${index}`, beds: 2 });
      expect(room.status).toBe(201);
      expect(room.body).toMatchObject({ label: `10${index}`, beds: 2, occupants: [] });
      roomIds.push(room.body.id);
    }
    const twice = await post(`/accommodations/${hotelId}/rooms`, { label: '101', beds: 3 });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ROOM_LABEL_TAKEN');
    expect((await post(`/accommodations/${hotelId}/rooms`, { label: '199', beds: 0 })).status).toBe(
      400,
    );
    expect(
      (await post(`/accommodations/${dormId}/rooms`, { label: 'B2-01', beds: 4 })).status,
    ).toBe(201);
  });

  it('lets organizers change rooms and staff read them; participants reach none of it', async () => {
    const participant = { token: account.get('fa1')!.token };
    expect(
      (await stack.client.get(`/api/v1/events/${eventId}/accommodations`, participant)).status,
    ).toBe(403);
    expect((await stack.client.get(`/api/v1/accommodations/${hotelId}`, participant)).status).toBe(
      403,
    );
    expect(
      (await stack.client.get(`/api/v1/accommodations/${hotelId}/rooming-list.csv`, participant))
        .status,
    ).toBe(403);
    expect(
      (await post(`/accommodations/${hotelId}/auto-assign`, {}, participant.token)).status,
    ).toBe(403);
    expect(
      (
        await post(
          `/rooms/${roomIds[0]}/occupants`,
          { registrationId: registration.get('fa1') },
          participant.token,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await stack.client.delete(
          `/api/v1/rooms/${roomIds[0]}/occupants/${registration.get('fa1')}`,
          participant,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await post(
          `/events/${eventId}/accommodations`,
          {
            name: 'x',
            city: 'y',
            timezone: 'Asia/Seoul',
            checkInOn: '2027-07-11',
            checkOutOn: '2027-07-12',
          },
          participant.token,
        )
      ).status,
    ).toBe(403);
    expect(
      (await post(`/accommodations/${hotelId}/rooms`, { label: 'x', beds: 1 }, participant.token))
        .status,
    ).toBe(403);
    // Staff read the rooms but do not change them.
    const staff = { token: centre.staff.token };
    expect((await stack.client.get(`/api/v1/events/${eventId}/accommodations`, staff)).status).toBe(
      200,
    );
    expect((await post(`/accommodations/${hotelId}/auto-assign`, {}, staff.token)).status).toBe(
      403,
    );
    // An unknown room or accommodation is simply not found.
    expect(
      (await stack.client.get(`/api/v1/accommodations/${crypto.randomUUID()}`, organizer())).status,
    ).toBe(404);
  });

  it('refuses an assignment that leaves people without a bed, naming them, and changes nothing', async () => {
    // One person placed by hand beforehand: a refused assignment must keep them where they are.
    const placed = await post(`/rooms/${roomIds[5]}/occupants`, {
      registrationId: registration.get('ma2'),
    });
    expect(placed.status).toBe(201);
    const before = await occupantRows();
    expect(before).toHaveLength(1);

    // 4 female adults (2 rooms), 3 male adults (2), a female minor (1), 2 singles (2): 7 rooms.
    const refused = await post(`/accommodations/${hotelId}/auto-assign`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('NOT_ENOUGH_BEDS');
    expect(refused.body.message).toMatch(/without a bed/);
    // Singles and the larger kinds take the rooms first; the girl is left without a bed.
    expect(refused.body.message).toContain('1 female minor would be left without a bed');
    expect(refused.body.details).toEqual([
      {
        field: 'female-minor',
        constraint: 'NOT_ENOUGH_BEDS',
        message: '1 female minor without a bed',
      },
    ]);
    expect(await occupantRows()).toEqual(before);
  });

  it('assigns everyone by the rules once there are enough rooms, the same way twice', async () => {
    const seventh = await post(`/accommodations/${hotelId}/rooms`, { label: '107', beds: 2 });
    roomIds.push(seventh.body.id);
    const first = await post(`/accommodations/${hotelId}/auto-assign`);
    expect(first.status).toBe(200);
    const rooms = first.body.items as RoomBody[];
    expect(rooms).toHaveLength(7);
    expect(rooms.flatMap((room) => room.occupants)).toHaveLength(PEOPLE.length);
    for (const room of rooms) {
      expect(room.occupants.length).toBeLessThanOrEqual(room.beds);
      expect(new Set(room.occupants.map((o) => o.roomSharing)).size).toBeLessThanOrEqual(1);
      expect(new Set(room.occupants.map((o) => o.minor)).size).toBeLessThanOrEqual(1);
      if (room.occupants.some((o) => o.roomSharing === 'single'))
        expect(room.occupants).toHaveLength(1);
    }
    // The one who answered `other` and the one who asked get single rooms; the girl who turns
    // 18 on the programme's first day is still a minor on check-in and shares with no adult.
    for (const key of ['so1', 'fs1', 'fm1'] as const)
      expect(roomOf(rooms, key)!.occupants).toHaveLength(1);
    expect(roomOf(rooms, 'fm1')!.occupants[0]).toMatchObject({
      minor: true,
      roomSharing: 'female',
    });
    expect(roomOf(rooms, 'so1')!.occupants[0]!.roomSharing).toBe('single');
    // Roommates of different nationalities first: the two Vietnamese women sleep apart.
    expect(roomOf(rooms, 'fa1')!.id).not.toBe(roomOf(rooms, 'fa2')!.id);
    expect(
      roomOf(rooms, 'fa1')!
        .occupants.map((o) => o.nationality)
        .sort(),
    ).not.toEqual(['VN', 'VN']);

    const again = await post(`/accommodations/${hotelId}/auto-assign`);
    const signature = (list: RoomBody[]) =>
      list.map((room) => [room.label, room.occupants.map((o) => o.registrationId).sort()]);
    expect(signature(again.body.items)).toEqual(signature(rooms));
  });

  it('checks a move against the same rules and beds, saying which rule it breaks', async () => {
    const rooms = await hotelRooms();
    const womenRoom = roomOf(rooms, 'fa1')!;
    const otherWomenRoom = roomOf(rooms, 'fa2')!;
    const minorRoom = roomOf(rooms, 'fm1')!;
    const singleRoom = roomOf(rooms, 'so1')!;

    const mixed = await post(`/rooms/${womenRoom.id}/occupants`, {
      registrationId: registration.get('ma1'),
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body.code).toBe('ROOM_RULE');
    expect(mixed.body.message).toContain('A room holds one room-sharing kind (female or male)');
    expect(mixed.body.details[0].constraint).toBe('ONE_SHARING_KIND');

    const withMinor = await post(`/rooms/${minorRoom.id}/occupants`, {
      registrationId: registration.get('fa3'),
    });
    expect(withMinor.status).toBe(422);
    expect(withMinor.body.message).toContain('A minor never shares a room with an adult');

    const intoSingle = await post(`/rooms/${singleRoom.id}/occupants`, {
      registrationId: registration.get('fa4'),
    });
    expect(intoSingle.status).toBe(422);
    expect(intoSingle.body.message).toContain('single room shares with nobody');

    const fullRoomMate = otherWomenRoom.occupants.find(
      (o) => o.registrationId !== registration.get('fa2'),
    )!;
    expect(otherWomenRoom.occupants).toHaveLength(2);
    const full = await post(`/rooms/${otherWomenRoom.id}/occupants`, {
      registrationId: registration.get('fa1'),
    });
    expect(full.status).toBe(422);
    expect(full.body.code).toBe('ROOM_FULL');
    expect(full.body.message).toContain(`Room ${otherWomenRoom.label} has no free bed`);

    // Taking one out makes a bed free; moving someone in takes them out of their old room.
    const out = await stack.client.delete(
      `/api/v1/rooms/${otherWomenRoom.id}/occupants/${fullRoomMate.registrationId}`,
      organizer(),
    );
    expect(out.status).toBe(204);
    const moved = await post(`/rooms/${otherWomenRoom.id}/occupants`, {
      registrationId: registration.get('fa1'),
    });
    expect(moved.status).toBe(201);
    expect(moved.body.occupants.map((o: OccupantBody) => o.registrationId).sort()).toEqual(
      [registration.get('fa1'), registration.get('fa2')].sort(),
    );
    const after = await hotelRooms();
    expect(roomOf(after, 'fa1')!.id).toBe(otherWomenRoom.id);
    expect(
      after.find((room) => room.id === womenRoom.id)!.occupants.map((o) => o.registrationId),
    ).not.toContain(registration.get('fa1'));
    const list = await stack.client.get(`/api/v1/accommodations/${hotelId}`, organizer());
    expect(list.body.unassigned.map((p: { registrationId: string }) => p.registrationId)).toEqual([
      fullRoomMate.registrationId,
    ]);
    expect(
      (
        await stack.client.delete(
          `/api/v1/rooms/${otherWomenRoom.id}/occupants/${fullRoomMate.registrationId}`,
          organizer(),
        )
      ).status,
    ).toBe(404);
    // Put everyone back for what follows.
    expect((await post(`/accommodations/${hotelId}/auto-assign`)).status).toBe(200);
  });

  it('gives the hotel a rooming list with passport names and never a passport number', async () => {
    const response = await fetch(
      `${stack.client.baseUrl}/api/v1/accommodations/${hotelId}/rooming-list.csv`,
      { headers: { authorization: `Bearer ${centre.staff.token}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const [header, ...rows] = text.trim().split(/\r?\n/);
    expect(header).toBe('room,name,roomSharing,nationality,nights');
    expect(rows).toHaveLength(PEOPLE.length);
    const rooms = await hotelRooms();
    expect(rows).toContain(`${roomOf(rooms, 'fs1')!.label},SANTOS MARIA CLARA,single,PH,5`);
    expect(rows).toContain(`${roomOf(rooms, 'fa1')!.label},NGUYEN THI ANH,female,VN,5`);
    expect(rows).toContain(`${roomOf(rooms, 'fa3')!.label},김민지,female,KR,5`);
    expect(rows).toContain(`${roomOf(rooms, 'so1')!.label},Alex Tan,single,SG,5`);
    expect(text).not.toContain('P7734021X');
    expect(text).not.toContain('C4488123');
    expect(text).not.toContain('Nguyễn Thị Ánh');
  });

  it('shows participants their own room and roommates in their itinerary', async () => {
    const rooms = await hotelRooms();
    const room = roomOf(rooms, 'fa3')!;
    const mate = room.occupants.find((o) => o.registrationId !== registration.get('fa3'))!;
    const mine = await stack.client.get(`/api/v1/me/itinerary?eventId=${eventId}`, {
      token: account.get('fa3')!.token,
    });
    expect(mine.status).toBe(200);
    expect(mine.body.accommodation).toEqual([
      {
        name: 'Hotel Skypark Myeongdong',
        city: 'Seoul',
        room: room.label,
        roommates: [{ fullName: mate.fullName, nationality: mate.nationality }],
        checkInOn: '2027-07-11',
        checkOutOn: '2027-07-16',
      },
    ]);
    const single = await stack.client.get(`/api/v1/me/itinerary?eventId=${eventId}`, {
      token: account.get('so1')!.token,
    });
    expect(single.body.accommodation[0].roommates).toEqual([]);
  });

  it('assigns only the people given, and refuses anyone not confirmed', async () => {
    const some = [registration.get('fa1')!, registration.get('fa4')!];
    const assigned = await post(`/accommodations/${dormId}/auto-assign`, { registrationIds: some });
    expect(assigned.status).toBe(200);
    expect(
      assigned.body.items
        .flatMap((room: RoomBody) => room.occupants.map((o) => o.registrationId))
        .sort(),
    ).toEqual([...some].sort());
    const stranger = await post(`/accommodations/${dormId}/auto-assign`, {
      registrationIds: [crypto.randomUUID()],
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body.code).toBe('NOT_CONFIRMED');
  });

  it('takes someone out of every room when they stop being confirmed', async () => {
    const before = await hotelRooms();
    const room = roomOf(before, 'ma3')!;
    const dormRooms = await stack.client.get(`/api/v1/accommodations/${dormId}`, organizer());
    expect(dormRooms.body.rooms[0].occupants.map((o: OccupantBody) => o.registrationId)).toContain(
      registration.get('fa4'),
    );
    for (const key of ['ma3', 'fa4'] as const) {
      const cancelled = await stack.client.post(
        `/api/v1/registrations/${registration.get(key)}/cancel`,
        undefined,
        { token: account.get(key)!.token },
      );
      expect(cancelled.status).toBe(200);
    }
    // At once, not after a worker's job: this stack runs no worker.
    const after = await hotelRooms();
    expect(roomOf(after, 'ma3')).toBeUndefined();
    expect(roomOf(after, 'fa4')).toBeUndefined();
    expect(after.find((r) => r.id === room.id)!.occupants).toHaveLength(room.occupants.length - 1);
    const rows = await stack.query(
      'SELECT 1 FROM room_occupants WHERE registration_id = ANY($1::uuid[])',
      [[registration.get('ma3'), registration.get('fa4')]],
    );
    expect(rows).toEqual([]);
    const manual = await post(`/rooms/${room.id}/occupants`, {
      registrationId: registration.get('ma3'),
    });
    expect(manual.status).toBe(422);
    expect(manual.body.code).toBe('NOT_CONFIRMED');
  });
  it('gives the last bed to one of two parallel moves and refuses the other', async () => {
    const small = await post(`/accommodations/${dormId}/rooms`, { label: 'B2-02', beds: 1 });
    expect(small.status).toBe(201);
    const answers = await Promise.all(
      (['fa2', 'fa3'] as const).map((key) =>
        post(`/rooms/${small.body.id}/occupants`, { registrationId: registration.get(key) }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 422]);
    expect(answers.find((answer) => answer.status === 422)!.body.code).toBe('ROOM_FULL');
    const rows = await stack.query(
      'SELECT registration_id FROM room_occupants WHERE room_id = $1',
      [small.body.id],
    );
    expect(rows).toHaveLength(1);
  });
});
