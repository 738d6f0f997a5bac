/** Where the queue dashboard (Bull Board) is served: outside /api/v1, as the contract says. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';
