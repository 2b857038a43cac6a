/** The zod contracts the schedule endpoints share. */
import { z } from 'zod';

import { scheduleSchema } from '../../../services/scheduling/schedule';

export const scheduleParams = z.strictObject({
    name: z
        .string()
        .regex(
            /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$/,
            'a mapping name: letters, digits, space, _ . -, at most 100'
        )
});

export const scheduleBody = scheduleSchema;

export const scheduleStateContract = z.object({
    mappingName: z.string(),
    schedule: scheduleSchema,
    lastRunAt: z.string().nullable(),
    nextDueAt: z.string().nullable(),
    running: z.boolean()
});
