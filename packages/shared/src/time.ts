/** The municipality's time zone: days and times are Norwegian, whatever the device or server says. */
export const TIME_ZONE = 'Europe/Oslo';
