/** Table types of this area, merged into DatabaseSchema. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SchedulesTables {}
