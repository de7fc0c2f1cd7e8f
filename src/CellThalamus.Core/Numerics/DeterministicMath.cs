namespace CellThalamus.Core.Numerics;

/// <summary>
/// Exp, Log and Pow built only from IEEE basic operations and bit manipulation, so every OS gives the same bits
/// (System.Math calls the platform C library, which differs between Linux, Windows and macOS).
/// </summary>
/// <remarks>
/// <para>
/// Ports of Sun fdlibm 5.3 <c>e_exp.c</c>, <c>e_log.c</c> and <c>e_pow.c</c> (as kept in FreeBSD msun), each documented
/// there as less than one ulp from the exact result. Copyright (C) 1993, 2004 by Sun Microsystems, Inc. All rights reserved.
/// Permission to use, copy, modify, and distribute this software is freely granted, provided that this notice is preserved.
/// </para>
/// <para>
/// Only <c>+ - * /</c>, <see cref="Math.Sqrt(double)"/> (correctly rounded by IEEE 754), comparisons and
/// <see cref="BitConverter.DoubleToInt64Bits(double)"/> / <see cref="BitConverter.Int64BitsToDouble(long)"/> are used.
/// The C# compiler and JIT never contract <c>a * b + c</c> into a fused multiply-add and never evaluate doubles in
/// extended precision, so each expression rounds exactly as written on every platform. Every NaN result is
/// <see cref="double.NaN"/> itself (no payload propagation), so even NaN bits agree across platforms.
/// </para>
/// </remarks>
public static class DeterministicMath
{
    // ---- shared constants -------------------------------------------------------------------------------------

    private const double Two54 = 1.80143985094819840000e+16; // 0x43500000 00000000
    private const double Two53 = 9007199254740992.0;        // 0x43400000 00000000

    // exp(r) - 1 - r ~ polynomial (Remez, |error| < 2**-59), shared by Exp and Pow.
    private const double P1 = 1.66666666666666019037e-01;  // 0x3FC55555 5555553E
    private const double P2 = -2.77777777770155933842e-03; // 0xBF66C16C 16BEBD93
    private const double P3 = 6.61375632143793436117e-05;  // 0x3F11566A AF25DE2C
    private const double P4 = -1.65339022054652515390e-06; // 0xBEBBBD41 C5D26BF1
    private const double P5 = 4.13813679705723846039e-08;  // 0x3E663769 72BEA4D0

    // ---- Exp (fdlibm e_exp.c) ---------------------------------------------------------------------------------

    private const double ExpOverflowThreshold = 7.09782712893383973096e+02;   // 0x40862E42 FEFA39EF
    private const double ExpUnderflowThreshold = -7.45133219101941108420e+02; // 0xC0874910 D52D3051
    private const double Ln2Hi = 6.93147180369123816490e-01;                  // 0x3FE62E42 FEE00000
    private const double Ln2Lo = 1.90821492927058770002e-10;                  // 0x3DEA39EF 35793C76
    private const double InvLn2 = 1.44269504088896338700e+00;                 // 0x3FF71547 652B82FE

    /// <summary>e raised to <paramref name="x"/>; less than one ulp from the exact value.</summary>
    public static double Exp(double x)
    {
        int hx = HighWord(x);
        bool negative = hx < 0;
        hx &= 0x7fffffff; // high word of |x|

        // Non-finite argument, overflow, underflow.
        if (hx >= 0x40862E42)
        {
            // |x| >= 709.78...
            if (hx >= 0x7ff00000)
            {
                if (((hx & 0xfffff) | (int)LowWord(x)) != 0)
                {
                    return double.NaN;
                }

                return negative ? 0.0 : x; // exp(-inf) = 0, exp(+inf) = +inf
            }

            if (x > ExpOverflowThreshold)
            {
                return double.PositiveInfinity;
            }

            if (x < ExpUnderflowThreshold)
            {
                return 0.0;
            }
        }

        // Argument reduction: x = k*ln2 + r, |r| <= 0.5*ln2, r carried as hi - lo.
        double hi = 0.0;
        double lo = 0.0;
        int k;
        if (hx > 0x3fd62e42)
        {
            // |x| > 0.5 ln2
            if (hx < 0x3FF0A2B2)
            {
                // and |x| < 1.5 ln2
                if (negative)
                {
                    hi = x + Ln2Hi;
                    lo = -Ln2Lo;
                    k = -1;
                }
                else
                {
                    hi = x - Ln2Hi;
                    lo = Ln2Lo;
                    k = 1;
                }
            }
            else
            {
                k = (int)((InvLn2 * x) + (negative ? -0.5 : 0.5)); // truncation toward zero, as in C
                double t = k;
                hi = x - (t * Ln2Hi); // t*Ln2Hi is exact here
                lo = t * Ln2Lo;
            }

            x = hi - lo;
        }
        else if (hx < 0x3e300000)
        {
            // |x| < 2**-28: exp(x) rounds to 1 + x.
            return 1.0 + x;
        }
        else
        {
            k = 0;
        }

        // x is now in the primary range.
        double tt = x * x;
        double c = x - (tt * (P1 + (tt * (P2 + (tt * (P3 + (tt * (P4 + (tt * P5)))))))));
        if (k == 0)
        {
            return 1.0 - (((x * c) / (c - 2.0)) - x);
        }

        double y = 1.0 - ((lo - ((x * c) / (2.0 - c))) - hi);
        return ScaleByPowerOfTwo(y, k);
    }

    // ---- Log (fdlibm e_log.c) ---------------------------------------------------------------------------------

    private const double Lg1 = 6.666666666666735130e-01; // 0x3FE55555 55555593
    private const double Lg2 = 3.999999999940941908e-01; // 0x3FD99999 9997FA04
    private const double Lg3 = 2.857142874366239149e-01; // 0x3FD24924 94229359
    private const double Lg4 = 2.222219843214978396e-01; // 0x3FCC71C5 1D8E78AF
    private const double Lg5 = 1.818357216161805012e-01; // 0x3FC74664 96CB03DE
    private const double Lg6 = 1.531383769920937332e-01; // 0x3FC39A09 D078C69F
    private const double Lg7 = 1.479819860511658591e-01; // 0x3FC2F112 DF3E5244

    /// <summary>Natural logarithm of <paramref name="x"/>; less than one ulp from the exact value.</summary>
    public static double Log(double x)
    {
        int hx = HighWord(x);
        uint lx = LowWord(x);

        int k = 0;
        if (hx < 0x00100000)
        {
            // x < 2**-1022 (this includes every negative x, whose high word is negative)
            if (((hx & 0x7fffffff) | (int)lx) == 0)
            {
                return double.NegativeInfinity; // log(+-0) = -inf
            }

            if (hx < 0)
            {
                return double.NaN; // log(negative) = NaN, log(-NaN) = NaN
            }

            // Subnormal: scale up x.
            k -= 54;
            x *= Two54;
            hx = HighWord(x);
        }

        if (hx >= 0x7ff00000)
        {
            return IsNaNBits(x) ? double.NaN : x; // log(+inf) = +inf, log(NaN) = NaN
        }

        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = WithHighWord(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
        k += i >> 20;
        double f = x - 1.0;
        double dk;
        double r;
        if ((0x000fffff & (2 + hx)) < 3)
        {
            // -2**-20 <= f < 2**-20
            if (f == 0.0)
            {
                if (k == 0)
                {
                    return 0.0;
                }

                dk = k;
                return (dk * Ln2Hi) + (dk * Ln2Lo);
            }

            r = f * f * (0.5 - (0.33333333333333333 * f));
            if (k == 0)
            {
                return f - r;
            }

            dk = k;
            return (dk * Ln2Hi) - ((r - (dk * Ln2Lo)) - f);
        }

        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        double t2 = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        i |= j;
        r = t2 + t1;
        if (i > 0)
        {
            double hfsq = 0.5 * f * f;
            if (k == 0)
            {
                return f - (hfsq - (s * (hfsq + r)));
            }

            return (dk * Ln2Hi) - ((hfsq - ((s * (hfsq + r)) + (dk * Ln2Lo))) - f);
        }

        if (k == 0)
        {
            return f - (s * (f - r));
        }

        return (dk * Ln2Hi) - (((s * (f - r)) - (dk * Ln2Lo)) - f);
    }

    // ---- Pow (fdlibm e_pow.c) ---------------------------------------------------------------------------------

    private const double DpH1 = 5.84962487220764160156e-01; // 0x3FE2B803 40000000
    private const double DpL1 = 1.35003920212974897128e-08; // 0x3E4CFDEB 43CFD006

    // Polynomial coefficients for (3/2)*(log(x) - 2s - 2/3*s**3).
    private const double L1 = 5.99999999999994648725e-01; // 0x3FE33333 33333303
    private const double L2 = 4.28571428578550184252e-01; // 0x3FDB6DB6 DB6FABFF
    private const double L3 = 3.33333329818377432918e-01; // 0x3FD55555 518F264D
    private const double L4 = 2.72728123808534006489e-01; // 0x3FD17460 A91D4101
    private const double L5 = 2.30660745775561754067e-01; // 0x3FCD864A 93C9DB65
    private const double L6 = 2.06975017800338417784e-01; // 0x3FCA7E28 4A454EEF

    private const double Lg2Full = 6.93147180559945286227e-01; // 0x3FE62E42 FEFA39EF
    private const double Lg2H = 6.93147182464599609375e-01;    // 0x3FE62E43 00000000
    private const double Lg2L = -1.90465429995776804525e-09;   // 0xBE205C61 0CA86C39
    private const double Ovt = 8.0085662595372944372e-17;      // -(1024 - log2(ovfl + .5ulp))
    private const double Cp = 9.61796693925975554329e-01;      // 0x3FEEC709 DC3A03FD = 2/(3 ln2)
    private const double CpH = 9.61796700954437255859e-01;     // 0x3FEEC709 E0000000 = (float)cp
    private const double CpL = -7.02846165095275826516e-09;    // 0xBE3E2FE0 145B01F5 = tail of CpH
    private const double IvLn2 = 1.44269504088896338700e+00;   // 0x3FF71547 652B82FE = 1/ln2
    private const double IvLn2H = 1.44269502162933349609e+00;  // 0x3FF71547 60000000 = 24-bit 1/ln2
    private const double IvLn2L = 1.92596299112661746887e-08;  // 0x3E54AE0B F85DDF44 = 1/ln2 tail

    /// <summary>
    /// <paramref name="x"/> raised to <paramref name="y"/>, with the C99 special cases; less than one ulp from the exact
    /// value, and exact for integer powers of integers whose result is representable.
    /// </summary>
    public static double Pow(double x, double y)
    {
        int hx = HighWord(x);
        uint lx = LowWord(x);
        int hy = HighWord(y);
        uint ly = LowWord(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;

        // x**0 = 1, even if x is NaN.
        if ((iy | (int)ly) == 0)
        {
            return 1.0;
        }

        // 1**y = 1, even if y is NaN.
        if (hx == 0x3ff00000 && lx == 0)
        {
            return 1.0;
        }

        // Otherwise NaN if either argument is NaN.
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0))
        {
            return double.NaN;
        }

        // When x < 0, classify y: 0 = not an integer, 1 = odd integer, 2 = even integer.
        int yIsInt = 0;
        if (hx < 0)
        {
            if (iy >= 0x43400000)
            {
                yIsInt = 2; // |y| >= 2**53: even integer
            }
            else if (iy >= 0x3ff00000)
            {
                int e = (iy >> 20) - 0x3ff; // unbiased exponent, 0..52
                if (e > 20)
                {
                    uint jj = ly >> (52 - e);
                    if ((jj << (52 - e)) == ly)
                    {
                        yIsInt = 2 - (int)(jj & 1);
                    }
                }
                else if (ly == 0)
                {
                    int jj = iy >> (20 - e);
                    if ((jj << (20 - e)) == iy)
                    {
                        yIsInt = 2 - (jj & 1);
                    }
                }
            }
        }

        // Special values of y.
        if (ly == 0)
        {
            if (iy == 0x7ff00000)
            {
                // y is +-inf
                if (((ix - 0x3ff00000) | (int)lx) == 0)
                {
                    return 1.0; // (-1)**+-inf = 1 (C99)
                }

                if (ix >= 0x3ff00000)
                {
                    return hy >= 0 ? y : 0.0; // (|x|>1)**+inf = inf, (|x|>1)**-inf = 0
                }

                return hy < 0 ? -y : 0.0; // (|x|<1)**-inf = inf, (|x|<1)**+inf = 0
            }

            if (iy == 0x3ff00000)
            {
                return hy < 0 ? 1.0 / x : x; // y is +-1
            }

            if (hy == 0x40000000)
            {
                return x * x; // y is 2
            }

            if (hy == 0x3fe00000 && hx >= 0)
            {
                return Math.Sqrt(x); // y is 0.5 and x >= +0
            }
        }

        double ax = Abs(x);

        // Special values of x: +-0, +-inf, +-1.
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000))
        {
            double zz = ax;
            if (hy < 0)
            {
                zz = 1.0 / zz; // 1/|x|
            }

            if (hx < 0)
            {
                if (((ix - 0x3ff00000) | yIsInt) == 0)
                {
                    return double.NaN; // (-1)**non-integer
                }

                if (yIsInt == 1)
                {
                    zz = -zz; // (x<0)**odd = -(|x|**odd)
                }
            }

            return zz;
        }

        // (x<0)**(non-integer) is NaN.
        if (hx < 0 && yIsInt == 0)
        {
            return double.NaN;
        }

        double sign = (hx < 0 && yIsInt == 1) ? -1.0 : 1.0; // (-ve)**(odd integer) is negative

        double t1;
        double t2;
        double t;
        double u;
        double v;
        double w;
        double z;
        int n;
        int k;
        int i;
        int j;

        if (iy > 0x41e00000)
        {
            // |y| > 2**31
            if (iy > 0x43f00000)
            {
                // |y| > 2**64: must overflow or underflow (y is then an even integer, sign is +1)
                if (ix <= 0x3fefffff)
                {
                    return hy < 0 ? double.PositiveInfinity : 0.0;
                }

                if (ix >= 0x3ff00000)
                {
                    return hy > 0 ? double.PositiveInfinity : 0.0;
                }
            }

            // Over/underflow if x is not close to one.
            if (ix < 0x3fefffff)
            {
                return hy < 0 ? sign * double.PositiveInfinity : sign * 0.0;
            }

            if (ix > 0x3ff00000)
            {
                return hy > 0 ? sign * double.PositiveInfinity : sign * 0.0;
            }

            // Now |1-x| is tiny <= 2**-20, so log(x) ~ x - x^2/2 + x^3/3 - x^4/4 suffices.
            t = ax - 1.0; // t has 20 trailing zeros
            w = (t * t) * (0.5 - (t * (0.3333333333333333333333 - (t * 0.25))));
            u = IvLn2H * t; // IvLn2H has 21 significant bits
            v = (t * IvLn2L) - (w * IvLn2);
            t1 = ClearLowWord(u + v);
            t2 = v - (t1 - u);
        }
        else
        {
            n = 0;

            // Subnormal x.
            if (ix < 0x00100000)
            {
                ax *= Two53;
                n -= 53;
                ix = HighWord(ax);
            }

            n += (ix >> 20) - 0x3ff;
            j = ix & 0x000fffff;

            // Determine the interval.
            ix = j | 0x3ff00000; // normalize ix
            if (j <= 0x3988E)
            {
                k = 0; // |x| < sqrt(3/2)
            }
            else if (j < 0xBB67A)
            {
                k = 1; // |x| < sqrt(3)
            }
            else
            {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }

            ax = WithHighWord(ax, ix);
            double bp = k == 0 ? 1.0 : 1.5;
            double dpH = k == 0 ? 0.0 : DpH1;
            double dpL = k == 0 ? 0.0 : DpL1;

            // ss = sH + sL = (x-1)/(x+1) or (x-1.5)/(x+1.5).
            u = ax - bp;
            v = 1.0 / (ax + bp);
            double ss = u * v;
            double sH = ClearLowWord(ss);

            // tH = ax + bp, high part.
            double tH = FromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            double tL = ax - (tH - bp);
            double sL = v * ((u - (sH * tH)) - (sH * tL));

            // log(ax).
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + (s2 * (L2 + (s2 * (L3 + (s2 * (L4 + (s2 * (L5 + (s2 * L6))))))))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = ClearLowWord(3.0 + s2 + r);
            tL = r - ((tH - 3.0) - s2);

            // u + v = ss*(1 + ...).
            u = sH * tH;
            v = (sL * tH) + (tL * ss);

            // 2/(3 log2) * (ss + ...).
            double pH = ClearLowWord(u + v);
            double pL = v - (pH - u);
            double zH = CpH * pH; // CpH + CpL = 2/(3 log2)
            double zL = (CpL * pH) + (pL * Cp) + dpL;

            // log2(ax) = (ss + ...)*2/(3 log2) = n + dpH + zH + zL.
            t = n;
            t1 = ClearLowWord(((zH + zL) + dpH) + t);
            t2 = zL - (((t1 - t) - dpH) - zH);
        }

        // Split y into y1 + y2 and compute (y1 + y2)*(t1 + t2).
        double y1 = ClearLowWord(y);
        double pl = ((y - y1) * t1) + (y * t2);
        double ph = y1 * t1;
        z = pl + ph;
        j = HighWord(z);
        i = (int)LowWord(z);
        if (j >= 0x40900000)
        {
            // z >= 1024
            if (((j - 0x40900000) | i) != 0)
            {
                return sign * double.PositiveInfinity; // overflow
            }

            if (pl + Ovt > z - ph)
            {
                return sign * double.PositiveInfinity; // overflow
            }
        }
        else if ((j & 0x7fffffff) >= 0x4090cc00)
        {
            // z <= -1075
            if (((j - unchecked((int)0xc090cc00)) | i) != 0)
            {
                return sign * 0.0; // underflow
            }

            if (pl <= z - ph)
            {
                return sign * 0.0; // underflow
            }
        }

        // Compute 2**(ph + pl).
        i = j & 0x7fffffff;
        k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000)
        {
            // |z| > 0.5: set n = [z + 0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff; // new k for n
            t = FromWords(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0)
            {
                n = -n;
            }

            ph -= t;
        }

        t = ClearLowWord(pl + ph);
        u = t * Lg2H;
        v = ((pl - (t - ph)) * Lg2Full) + (t * Lg2L);
        z = u + v;
        w = v - (z - u);
        t = z * z;
        t1 = z - (t * (P1 + (t * (P2 + (t * (P3 + (t * (P4 + (t * P5)))))))));
        double rr = ((z * t1) / (t1 - 2.0)) - (w + (z * w));
        z = 1.0 - (rr - z);
        j = HighWord(z) + (n << 20);
        if ((j >> 20) <= 0)
        {
            z = ScaleByPowerOfTwo(z, n); // subnormal output
        }
        else
        {
            z = WithHighWord(z, j);
        }

        return sign * z;
    }

    // ---- bit helpers ------------------------------------------------------------------------------------------

    private static int HighWord(double x) => (int)(BitConverter.DoubleToInt64Bits(x) >> 32);

    private static uint LowWord(double x) => unchecked((uint)BitConverter.DoubleToInt64Bits(x));

    private static double FromWords(int high, uint low) =>
        BitConverter.Int64BitsToDouble(((long)high << 32) | low);

    private static double WithHighWord(double x, int high) => FromWords(high, LowWord(x));

    private static double ClearLowWord(double x) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) & unchecked((long)0xFFFFFFFF00000000UL));

    private static double Abs(double x) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) & long.MaxValue);

    private static bool IsNaNBits(double x) => (BitConverter.DoubleToInt64Bits(x) & long.MaxValue) > 0x7FF0000000000000L;

    /// <summary>2**n as a double, for -1022 &lt;= n &lt;= 1023.</summary>
    private static double PowerOfTwo(int n) => BitConverter.Int64BitsToDouble((long)(0x3ff + n) << 52);

    /// <summary>
    /// <paramref name="y"/> * 2**<paramref name="n"/> with a single rounding (as musl <c>scalbn</c>): intermediate
    /// steps stay in the normal range, so only the last multiplication can round (when the result is subnormal).
    /// </summary>
    private static double ScaleByPowerOfTwo(double y, int n)
    {
        if (n > 1023)
        {
            y *= PowerOfTwo(1023);
            n -= 1023;
            if (n > 1023)
            {
                y *= PowerOfTwo(1023);
                n -= 1023;
                if (n > 1023)
                {
                    n = 1023;
                }
            }
        }
        else if (n < -1022)
        {
            // 2**-1022 * 2**53 = 2**-969 keeps y normal, so the final step rounds only once.
            y *= PowerOfTwo(-969);
            n += 969;
            if (n < -1022)
            {
                y *= PowerOfTwo(-969);
                n += 969;
                if (n < -1022)
                {
                    n = -1022;
                }
            }
        }

        return y * PowerOfTwo(n);
    }
}
