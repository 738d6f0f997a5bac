/** A valid registration body for an adult; fields can be overridden. */
export function registrationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    nationality: 'VN',
    dateOfBirth: '2001-04-09',
    gender: 'female',
    dietaryRequirements: ['halal'],
    medicalNotes: 'Asthma: carries an inhaler',
    emergencyContact: { name: 'Nguyen Van Binh', phone: '+84 912 345 678', relationship: 'father' },
    motivation: 'To meet young people from across ASEAN and Korea',
    ...overrides,
  };
}
