/**
 * Names of currencies written after a country's name or demonym (`Swiss francs`, `Singapore dollars`,
 * `dolar Singapura` aside): such a country names the money, and is no party to an event. Shared by the
 * NER (which drops the country's mention after an amount) and the relation stage (which skips it as an
 * object).
 */
export const CURRENCY_NAME = /^(francs?|dollars?|euros?|pounds?|yen|yuan|won|rupees?|rupiah|ringgit|baht|pesos?|riyals?|dinars?|kronor|krone|lira|rubles?|roubles?|dirhams?)$/;
