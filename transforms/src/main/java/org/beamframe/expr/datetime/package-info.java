/**
 * Date-time expressions: parsing with {@link org.beamframe.expr.datetime.ToDatetime} (pandas'
 * {@code to_datetime} with a strftime {@link org.beamframe.expr.datetime.StrftimeFormat}) and the
 * parts of a datetime64 value through {@link org.beamframe.expr.datetime.DatetimeAccessor}, pandas'
 * {@code .dt}. Users reach them through {@code Expressions.toDatetime} and {@code Expr.dt()}; the
 * node records are public so plans can be inspected and printed, but constructing them directly is
 * internal to BeamFrame and not a stable API.
 */
package org.beamframe.expr.datetime;
