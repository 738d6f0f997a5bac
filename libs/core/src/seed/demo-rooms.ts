/**
 * Where the workshop sleeps: a Seoul hotel of twin rooms from the arrival day to the morning
 * flight to Hanoi, then a Hanoi university dormitory of four-bed rooms until the flights home.
 * A few rooms stay free, as hotels hold them.
 */
export const DEMO_ACCOMMODATIONS = [
  {
    name: 'Hotel Skypark Myeongdong III',
    city: 'Seoul',
    address: '18 Toegye-ro 20-gil, Jung-gu, Seoul',
    timezone: 'Asia/Seoul',
    checkInOn: '2027-07-11',
    checkOutOn: '2027-07-17',
    rooms: Array.from({ length: 26 }, (_, index) => ({
      label: `${8 + Math.floor(index / 13)}${String((index % 13) + 1).padStart(2, '0')}`,
      beds: 2,
    })),
  },
  {
    name: 'VNU International Dormitory B2',
    city: 'Hanoi',
    address: '144 Xuân Thủy, Cầu Giấy, Hà Nội',
    timezone: 'Asia/Ho_Chi_Minh',
    checkInOn: '2027-07-17',
    checkOutOn: '2027-07-20',
    rooms: Array.from({ length: 14 }, (_, index) => ({
      label: `B2-${String(201 + index)}`,
      beds: 4,
    })),
  },
];
