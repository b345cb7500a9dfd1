/** An instructor's profile page inside the app. */
export const instructorPath = (id: string) => `/instructors/${id}`;
