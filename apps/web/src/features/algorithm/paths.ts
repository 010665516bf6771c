/** The algorithm's description: one page for every signed-in role, outside the roles' own areas. */
export const ALGORITHM_PATH = '/algoritme';
