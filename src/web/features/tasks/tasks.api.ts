import { z } from 'zod';
import {
  adviceItemSchema,
  taskChangeSchema,
  taskListSchema,
  taskSchema,
  type TaskInput,
  type TaskUpdate,
} from '#shared/task.schema';
import { requestJson } from '../../lib/api-client.ts';

type NewTask = Partial<TaskInput> & { text: string };

export const tasksApi = {
  list: (query: { status?: 'open' | 'done' | 'all'; contactId?: string } = {}) => {
    const params = new URLSearchParams();
    if (query.status) params.set('status', query.status);
    if (query.contactId) params.set('contactId', query.contactId);
    return requestJson('GET', `/api/tasks?${params.toString()}`, taskListSchema);
  },
  create: (input: NewTask) => requestJson('POST', '/api/tasks', taskSchema, input),
  update: (id: string, change: TaskUpdate) =>
    requestJson('PATCH', `/api/tasks/${encodeURIComponent(id)}`, taskChangeSchema, change),
  delete: (id: string) => requestJson('DELETE', `/api/tasks/${encodeURIComponent(id)}`, null),
  advice: () => requestJson('GET', '/api/tasks/advice', z.array(adviceItemSchema)),
};
